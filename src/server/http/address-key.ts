// The address a limit counts under: IPv4 as it is, an IPv6 host's whole /64 as one. Used by the
// connection caps and the login throttle.

/**
 * The address a cap counts under. An IPv6 host is given a whole /64 (2^64 addresses): counted one
 * by one, a single stranger would have a share per address it picks, so a /64 counts as one.
 */
export function addressKey(address: string): string {
  if (!address.includes(':') || address.startsWith('::ffff:')) return address;
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g || '0', 16).toString(16))
    .join(':')}::/64`;
}
