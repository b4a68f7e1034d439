// The outcome of a page's action (export the tracker, write the public key, fill the province's report)
// and the page's load error, at the top of the page: success as a status, refusal as an alert.
import { errorText } from './format';

export type Notice = { tone: 'ok' | 'error'; text: string } | null;

/** Runs an action that tells its success in a sentence; a refusal becomes the services' sentence. */
export async function noticeOf(run: () => Promise<string>): Promise<Notice> {
  try {
    return { tone: 'ok', text: await run() };
  } catch (e) {
    return { tone: 'error', text: errorText(e) };
  }
}

export function PageNotice({ notice, error, testId }: { notice: Notice; error: string | null; testId: string }) {
  return (
    <>
      {notice ? (
        <p className={`alert alert-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
          {notice.text}
        </p>
      ) : null}
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
