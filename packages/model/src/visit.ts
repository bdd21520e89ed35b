import { childrenOf, type Node, type NodeType } from './node.js';

/** What to do after visiting a node. */
export const CONTINUE = undefined;
export const SKIP = 'skip' as const;
export const EXIT = false as const;
// biome-ignore lint/suspicious/noConfusingVoidType: a visitor written as statements returns void, and must type-check.
export type VisitAction = typeof CONTINUE | typeof SKIP | typeof EXIT | void;

/** Which nodes to visit: a type, a list of types, or a predicate. */
export type Test<T extends Node = Node> =
  | NodeType
  | readonly NodeType[]
  | ((node: Node) => node is T)
  | ((node: Node) => boolean)
  | null
  | undefined;

type Narrow<Type> = Type extends NodeType ? Extract<Node, { type: Type }> : Node;

/**
 * Walk `tree` depth first, in document order, calling `visitor` on each node that passes `test`
 * with its ancestors. Return `SKIP` to leave a node's children out, `EXIT` to stop.
 *
 * @example
 * visit(article, 'link', (node) => { urls.push(node.url); });
 */
export function visit<Type extends NodeType>(
  tree: Node,
  test: Type | readonly Type[],
  visitor: (node: Narrow<Type>, ancestors: readonly Node[]) => VisitAction,
): void;
export function visit(
  tree: Node,
  test: Test,
  visitor: (node: Node, ancestors: readonly Node[]) => VisitAction,
): void;
export function visit(tree: Node, visitor: (node: Node, ancestors: readonly Node[]) => VisitAction): void;
export function visit(
  tree: Node,
  testOrVisitor: Test | ((node: Node, ancestors: readonly Node[]) => VisitAction),
  maybeVisitor?: (node: Node, ancestors: readonly Node[]) => VisitAction,
): void {
  const visitor = (maybeVisitor ?? testOrVisitor) as (node: Node, ancestors: readonly Node[]) => VisitAction;
  const matches = toPredicate(maybeVisitor ? (testOrVisitor as Test) : null);
  const ancestors: Node[] = [];

  // Returns false when the walk must stop.
  const walk = (node: Node): boolean => {
    if (matches(node)) {
      const action = visitor(node, ancestors.slice());
      if (action === EXIT) return false;
      if (action === SKIP) return true;
    }
    const children = childrenOf(node);
    if (children.length === 0) return true;
    ancestors.push(node);
    for (const child of children) {
      if (!walk(child)) return false;
    }
    ancestors.pop();
    return true;
  };
  walk(tree);
}

function toPredicate(test: Test): (node: Node) => boolean {
  if (test === null || test === undefined) return () => true;
  if (typeof test === 'string') return (node) => node.type === test;
  if (typeof test === 'function') return test;
  const types = new Set<string>(test);
  return (node) => types.has(node.type);
}
