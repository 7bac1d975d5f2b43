// Tiny DOM builder: every string child becomes a text node, so article text is never parsed as HTML.

/** A child accepted by {@link el}: nodes are appended, strings and numbers become text nodes, the rest is skipped. */
export type Child = Node | string | number | null | undefined | false;

/** Properties accepted by {@link el}. */
export interface ElementProps {
  className?: string;
  /** set with setAttribute (values are attribute text, never markup) */
  attrs?: Record<string, string | number | boolean | undefined>;
  /** event listeners by event name */
  on?: Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>;
  /** sets element.title (tooltip), as text */
  title?: string;
}

/** Creates an element with text-only content. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElementProps = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.title) node.title = props.title;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, listener] of Object.entries(props.on ?? {})) if (listener) node.addEventListener(name, listener);
  append(node, ...children);
  return node;
}

/** Appends children to a node: strings as text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Finds a required element by id, or throws (a broken page shell is a programming error). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`sco-kg viewer: missing #${id} in index.html`);
  return node as T;
}

/** A small coloured square used in legends and lists. */
export function swatch(color: string): HTMLSpanElement {
  const node = el('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } });
  node.style.background = color;
  return node;
}

/** Replaces a node's children (strings as text nodes; null and false skipped). */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}
