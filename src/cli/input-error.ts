/** Bad input from the user: printed as a plain message with exit code 1, never a stack trace. */
export class InputError extends Error {}
