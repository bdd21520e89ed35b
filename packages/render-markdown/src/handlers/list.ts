import type { List } from '@copydesk/model';
import type { State } from '../state.js';

const NEXT_BULLET: Record<'-' | '*' | '+', '-' | '*' | '+'> = { '-': '*', '*': '-', '+': '-' };

/**
 * A list: `-` items (or the `bullet` option) or numbered `1.` items counting from `start`.
 * A list right after a list of the same kind would merge with it, so the flow container
 * asks for the other bullet (`*`) or delimiter (`)`). Items holding more than one block are
 * separated by blank lines (a loose list); others are not.
 */
export function list(node: List, state: State): string {
  const other = state.otherBullet;
  state.otherBullet = false;
  const bullet = other ? NEXT_BULLET[state.options.bullet] : state.options.bullet;
  const delimiter = other ? ')' : '.';
  const start = node.start ?? 1;
  const savedBullet = state.bullet;
  const items: string[] = [];
  node.children.forEach((item, index) => {
    state.bullet = node.ordered ? `${start + index}${delimiter}` : bullet;
    items.push(state.handle(item, state));
  });
  state.bullet = savedBullet;
  const loose = node.children.some((item) => item.children.length > 1);
  return items.join(loose ? '\n\n' : '\n');
}
