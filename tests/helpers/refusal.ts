import { AppError } from '../../shared/errors';

/** The AppError a call was refused with; any other failure, or success, fails the test. */
export async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}
