// Lit's render(), loaded through the test server like the renderer, so an iframe test shares one lit-html.
export { render } from 'lit';
