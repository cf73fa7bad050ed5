/** Options and report shapes shared by the render modules. */

export interface RenderOptions {
  /**
   * Whether the template may load images from the network (`<img src>`, CSS `url()`).
   * `false` keeps only inline `data:` raster images. Default `true`.
   */
  remoteImages?: boolean;
  /**
   * Whether the template may show inline `data:` images (`<img>`, CSS `url()`). Set it to `false`
   * on pages whose Content-Security-Policy `img-src` does not allow `data:`, so that no image is
   * rendered for the browser to block and report. Default `true`.
   */
  inlineImages?: boolean;
  /**
   * When given, remote images load only from these origins (`https://cdn.example`); any other
   * `https:` image is removed. Default: any `https:` origin.
   */
  imageOrigins?: readonly string[];
  /** Origins `@font-face` may load fonts from. Default: none (fonts given as `local()` still work). */
  fontOrigins?: readonly string[];
  /** Locale for dates substituted into placeholders (`{{issued_on}}`). Default: the page's. */
  locale?: string;
  /**
   * The outline level (1–6) of the template's top heading. Headings keep their tags (and the template's styles);
   * `aria-level` says where they sit in the page's outline, the others below the top one in step. Default: as written.
   */
  headingLevel?: number;
  /** Shadow root mode of the certificate's host. Default `'open'`. */
  mode?: ShadowRootMode;
}

export type RemovedKind = 'element' | 'attribute' | 'css-rule' | 'css-declaration';

/** One thing the sanitizers took out, for developers: what it was and why. */
export interface RemovedItem {
  kind: RemovedKind;
  /** Element name, `attribute on <element>`, a rule's selector or a `property: value` pair. */
  name: string;
  reason: string;
}

/** The resource policy, resolved from RenderOptions. */
export interface ResourcePolicy {
  remoteImages: boolean;
  inlineImages: boolean;
  /** `null`: any https origin. */
  imageOrigins: ReadonlySet<string> | null;
  fontOrigins: ReadonlySet<string>;
}
