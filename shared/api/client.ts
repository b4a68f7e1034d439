// Builds an Api object over any transport that returns ApiResult envelopes: the web host's fetch twin,
// the Electron preload, and in-process tests all use this, so they behave alike.
import { AppError } from '../errors';
import { METHOD_NAMES, type Api, type ApiResult, type MethodName } from './contract';

export type Transport = (method: MethodName, input: unknown) => Promise<ApiResult<unknown>>;

export function createApiClient(transport: Transport): Api {
  const entries = METHOD_NAMES.map((m) => [
    m,
    async (input: unknown) => {
      const result = await transport(m, input ?? {});
      if (!result.ok) throw AppError.fromData(result.error);
      return result.value;
    },
  ]);
  return Object.fromEntries(entries) as Api;
}
