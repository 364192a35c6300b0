import { Network } from '@/lib/nn';
import { NETWORK_JSON } from './weights';

export { NETWORK_JSON, START_INPUTS } from './weights';

/** The widget's network, built by the engine from NETWORK_JSON. */
export const createNetwork = () => Network.fromJSON(NETWORK_JSON);
