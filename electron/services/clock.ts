/** Injected wherever time matters, so that tests run on a fixed clock. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
