/**
 * The base of every element: its texts in its own language, and its state as custom states. `lang` on the element or
 * up the page picks the language of its messages (msg() while it renders) and of its Intl formatting; what it renders
 * carries the matching `dir` and `lang`.
 */
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { LoadState, VerificationState } from './types.js';
import { directionOf, languageOf, localeReady, sameLanguage, supportedLocale, withLocale, type SupportedLocale } from './localize.js';

const STATES = ['idle', 'loading', 'ready', 'error', 'off', 'pending', 'verified', 'warning', 'unverifiable', 'failed'] as const;

export abstract class LocalizedElement extends LitElement {
  protected readonly internals: ElementInternals | undefined;
  /** The language of the messages of the last render (English until another language's module has loaded). */
  private renderedLocale: SupportedLocale = 'en';

  /**
   * The language of the element's texts: `en`, `es`, `fr`, `de`, `pt`, `zh-Hans` or `ar` (a regional tag such as
   * `es-MX`, `pt-BR` or `zh-CN` speaks its language, and formats dates and numbers as the region does); defaults to
   * the nearest `lang` up the page. Arabic lays the element out right to left.
   */
  @property({ reflect: true }) override lang!: string;

  constructor() {
    super();
    try {
      this.internals = this.attachInternals();
    } catch {
      this.internals = undefined;
    }
  }

  /** Renders with this element's own locale active for msg() (see localize.ts). */
  protected override update(changed: PropertyValues<this>): void {
    const locale = this.messageLocale;
    const ready = localeReady(locale, () => this.requestUpdate());
    this.renderedLocale = ready ? locale : 'en';
    withLocale(this.renderedLocale, () => super.update(changed), this.locale);
  }

  /** The locale of the messages: from `lang` here or up the tree, or the page's. */
  protected get messageLocale(): SupportedLocale {
    return supportedLocale(this.locale);
  }

  /** The language tag for Intl formatting (dates, numbers): its own `lang` (the property, which reflects after rendering), else inherited. */
  protected get locale(): string {
    return this.lang || languageOf(this);
  }

  /** A message looked up outside render (say in an event handler), in this element's locale. */
  protected inLocale<T>(body: () => T): T {
    return withLocale(this.messageLocale, body, this.locale);
  }

  /**
   * The `dir` and `lang` of what the element renders: the direction of the language its messages are in (Arabic:
   * right to left, whatever the page's), and that language when it is not the one the page gives the element (its
   * texts in English while a language loads, or for a language it does not speak), so a screen reader says them in
   * the right voice.
   */
  protected get textDirection(): 'ltr' | 'rtl' {
    return directionOf(this.renderedLocale);
  }

  protected get textLanguage(): string | undefined {
    return sameLanguage(this.locale, this.renderedLocale) ? undefined : this.renderedLocale;
  }

  /** Shows the load state, and once ready the verification, as custom states (`:state(ready)`, `:state(verified)`). */
  protected showStates(state: LoadState, verification: VerificationState): void {
    const states = this.internals?.states;
    if (!states) return;
    for (const name of STATES) states.delete(name);
    states.add(state);
    if (state === 'ready') states.add(verification);
  }
}
