/**
 * Type test of lille-networks.vue.d.ts (no template compiler here: the props and events that
 * Vue's language tools read from it are checked directly).
 */
import type { GlobalComponents } from 'vue';
import type { NetworksDocument, ToggleDetail } from 'lille-networks';

type Instance = InstanceType<GlobalComponents['lille-networks']>;
type Props = Instance['$props'];

const networksDocument: NetworksDocument = { version: 1, networks: [] };
export const props: Props = {
  lang: 'en',
  networks: 'eurocities',
  headingLevel: 3,
  single: true,
  data: networksDocument,
  expanded: ['eurocities'],
  strings: { en: { showAll: 'Every network' } },
};

// @ts-expect-error headingLevel is a number
export const wrongLevel: Props = { headingLevel: 'three' };

// @ts-expect-error data is a networks document, not a string
export const wrongData: Props = { data: '{"version":1}' };

export const emit = (instance: Instance, event: CustomEvent<ToggleDetail>) =>
  instance.$emit('lille-networks-toggle', event);
