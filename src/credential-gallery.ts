// Defines <credential-gallery>. Importing this module registers the element (a side effect by design).
export { CredentialGallery, type DetailLayout, type GalleryVerification } from './elements/credential-gallery/credential-gallery.js';
