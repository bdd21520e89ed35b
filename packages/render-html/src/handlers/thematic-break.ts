import type { ThematicBreak } from '@copydesk/model/core';
import { h } from '../html-tree.js';
import type { Handler } from '../state.js';

/** A scene break: `<hr>`. */
export const thematicBreak: Handler<ThematicBreak> = () => [h('hr')];
