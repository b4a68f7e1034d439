import type { MethodName, OutputOf, ParsedInputOf } from '../../../shared/api/contract';

export type Handler<M extends MethodName> = (input: ParsedInputOf<M>) => OutputOf<M> | Promise<OutputOf<M>>;

/** Each domain contributes a part; the router needs them all (checked at compile time). */
export type HandlerPart<K extends MethodName> = { [M in K]: Handler<M> };
export type Handlers = HandlerPart<MethodName>;
