// fontkit (pdfkit's font engine) ships no types; the app only hands its fonts to pdfkit unopened.
declare module 'fontkit' {
  export interface Font {
    layout(text: string, features?: unknown): unknown;
  }
  export function create(data: Uint8Array, postscriptName?: string): Font;
}
