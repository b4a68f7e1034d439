// The only place that knows how the renderer reaches the services: the Electron preload's bridge when
// it is there, otherwise the loopback web host's twin. Everything else receives the Api object.
import { BRIDGE_GLOBAL, type BridgeApi } from '../../shared/api/bridge';
import { createApiClient } from '../../shared/api/client';
import type { Api } from '../../shared/api/contract';
import { createWebTransport, takeSessionToken } from './web-twin';

function bridge(): BridgeApi | null {
  const candidate = (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  return typeof candidate === 'object' && candidate !== null ? (candidate as BridgeApi) : null;
}

export function resolveApi(): Api {
  const b = bridge();
  if (b) return createApiClient((method, input) => (b[method] as (i: unknown) => ReturnType<BridgeApi[typeof method]>)(input));
  return createApiClient(createWebTransport(takeSessionToken(window.location, window.history, window.sessionStorage)));
}
