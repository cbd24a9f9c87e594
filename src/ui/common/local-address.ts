/**
 * An address on this computer only (localhost, 127.x, ::1): a link or a join address made there opens
 * nothing on a student's device (trainer play-test: the desk, the printed briefing and the live desk
 * all gave 127.0.0.1 to students).
 */
export function localOnlyHost(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  return host === 'localhost' || host === '[::1]' || host.startsWith('127.') ? host : null;
}

/** The warning in words, for the desk, the printed briefing and the live desk. */
export function localOnlyText(host: string): string {
  return `This address is ${host}, this computer only: on a student's device it opens nothing. Open the game at this laptop's address on the classroom network (the class server prints it) and take the links and addresses from there.`;
}
