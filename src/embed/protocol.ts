/** The one message the framed widget page sends to its host page. */
export const HEIGHT_MESSAGE = 'miv-embed:height';

/** Tallest frame the host script will set, so a misbehaving page cannot make the host page endless. */
export const MAX_FRAME_HEIGHT = 8000;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Partial<HeightMessage>;
  return type === HEIGHT_MESSAGE && typeof height === 'number' && Number.isFinite(height) && height >= 0;
}
