// Vue: the elements as global components, for templates (vue-tsc, Volar).
import type { GlobalComponents } from 'vue';
import type {} from 'credential-elements/frameworks/vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const badge: Props<'credential-badge'> = { layout: 'card', credential: {}, onCredentialVerified: (event) => console.log(event.detail.status) };
export const transcript: Props<'clr-transcript'> = { provider: 'clr', apiBase: '/api/clr' };
