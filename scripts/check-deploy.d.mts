export type Check = { ok: boolean; what: string; detail?: string };
export function checkDeployment(
  address: string,
  options?: { fetch?: typeof fetch; headers?: boolean },
): Promise<Check[]>;
