// The seam between transports and handlers: resolves the method, parses the input with the contract's
// schema, runs the handler, and turns every outcome into an ApiResult envelope. Nothing reaches a
// handler unparsed, and no exception leaks to a transport.
import type { z } from 'zod';
import { contract, isMethodName, type ApiResult, type MethodName } from '../../shared/api/contract';
import { AppError } from '../../shared/errors';
import type { Handler, Handlers } from './handlers/types';

export type Router = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

function inputError(method: MethodName, error: z.ZodError): AppError {
  const problems = error.issues.map((i) => {
    const path = i.path.join('.');
    const msg = i.code === 'unrecognized_keys' ? `trường không được phép: ${i.keys.join(', ')}` : i.message;
    return path ? `${path}: ${msg}` : msg;
  });
  return new AppError('E_INPUT', `Dữ liệu gửi lên không hợp lệ (${method}): ${problems.join('; ')}.`, { problems });
}

export interface RouterOptions {
  /** Called with unexpected (non-AppError) failures, for the log. */
  onUnexpected?: (method: string, error: unknown) => void;
}

export function createRouter(handlers: Handlers, options: RouterOptions = {}): Router {
  return async (method, input) => {
    try {
      if (!isMethodName(method)) {
        throw new AppError('E_METHOD_UNKNOWN', `Không có chức năng «${String(method).slice(0, 60)}».`);
      }
      const parsed = contract[method].input.safeParse(input);
      if (!parsed.success) throw inputError(method, parsed.error);
      const handler = handlers[method] as Handler<MethodName>;
      const value: unknown = await handler(parsed.data as never);
      return { ok: true, value };
    } catch (e) {
      if (e instanceof AppError) return { ok: false, error: e.toData() };
      options.onUnexpected?.(method, e);
      return {
        ok: false,
        error: { code: 'E_INTERNAL', message: 'Đã có lỗi không mong muốn; dữ liệu chưa bị thay đổi. Hãy thử lại, và báo cho bộ phận hỗ trợ nếu lỗi lặp lại.' },
      };
    }
  };
}
