// Must not type-check: "poster" is not a layout of <credential-badge>.
import type { GlobalComponents } from 'vue';
import type {} from 'credential-elements/frameworks/vue';

export const badge: InstanceType<GlobalComponents['credential-badge']>['$props'] = { layout: 'poster' };
