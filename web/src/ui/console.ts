// The Cypher console: saved queries one click away, an editor with Cypher highlighting (Ctrl/Cmd-Enter
// runs), a form for the query's $parameters, and the result as a table. Whether the result is also drawn
// on the graph is the caller's business (`onResult`).
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { StreamLanguage, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
import type { CypherResult, SavedQuery } from '../../shared/api.ts';
import { api } from '../api.ts';
import { h, replaceChildren } from '../dom.ts';
import { parameterNames, parseParamValue, shortValue } from './console-values.ts';

export interface ConsoleEvents {
  /** A query ran: `query` and `params` are what ran; return a note on what the graph shows of it. */
  onResult(result: CypherResult, query: string, params: Record<string, unknown>): string;
}

function cell(value: unknown): HTMLElement {
  const text = shortValue(value);
  const kind =
    value === null || value === undefined
      ? 'value-null'
      : text.startsWith('(:')
        ? 'value-node'
        : text.startsWith('[:')
          ? 'value-rel'
          : '';
  return h('td', { class: kind }, text);
}

export class CypherConsole {
  private readonly editor: EditorView;
  private readonly savedList = h('div', { class: 'saved', id: 'saved-queries' });
  private readonly paramsForm = h('div', { class: 'params', id: 'cypher-params' });
  private readonly status = h('span', { class: 'status', id: 'cypher-status' });
  private readonly output = h('div', { class: 'table-wrap', id: 'cypher-results' });
  private readonly runButton: HTMLButtonElement;
  private saved: SavedQuery[] = [];
  private current: SavedQuery | null = null;
  private values: Record<string, unknown> = {};

  constructor(
    root: HTMLElement,
    private readonly events: ConsoleEvents,
  ) {
    this.editor = new EditorView({
      state: EditorState.create({
        doc: 'MATCH (a:Entity)-[r:OPPOSES]->(b:Entity)\nRETURN a, r, b\nLIMIT 50',
        extensions: [
          lineNumbers(),
          history(),
          StreamLanguage.define(cypher),
          syntaxHighlighting(defaultHighlightStyle),
          EditorView.lineWrapping,
          placeholder('MATCH (n:Entity) RETURN n LIMIT 25'),
          keymap.of([
            {
              key: 'Mod-Enter',
              run: () => {
                void this.run();
                return true;
              },
            },
            ...defaultKeymap,
            ...historyKeymap,
          ]),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) this.renderParams();
          }),
        ],
      }),
    });
    this.runButton = h(
      'button',
      { class: 'button primary small', type: 'button', id: 'cypher-run', onclick: () => void this.run() },
      'Run',
    );
    replaceChildren(
      root,
      this.savedList,
      h(
        'div',
        { class: 'editor-pane' },
        h('div', { class: 'editor-head' }, h('h3', {}, 'Cypher (read only)')),
        h('div', { class: 'editor', id: 'cypher-editor' }, this.editor.dom),
        this.paramsForm,
        h(
          'div',
          { class: 'run-row' },
          this.runButton,
          h('p', { class: 'hint' }, 'Ctrl/⌘ + Enter runs. Results with nodes are drawn on the graph.'),
        ),
      ),
      h(
        'div',
        { class: 'results' },
        h('div', { class: 'results-head' }, h('h3', {}, 'Result'), this.status),
        this.output,
      ),
    );
    this.renderParams();
  }

  async loadSaved(): Promise<void> {
    try {
      this.saved = await api.queries();
    } catch (error) {
      replaceChildren(
        this.savedList,
        h('h3', {}, 'Saved queries'),
        h('p', { class: 'hint' }, (error as Error).message),
      );
      return;
    }
    this.renderSaved();
  }

  private renderSaved(): void {
    replaceChildren(
      this.savedList,
      h('h3', {}, 'Saved queries'),
      this.saved.map((query) =>
        h(
          'button',
          {
            class: 'saved-query',
            type: 'button',
            'data-query': query.name,
            'aria-current': String(query === this.current),
            title: query.answers,
            onclick: () => {
              this.choose(query);
              void this.run();
            },
          },
          h('strong', {}, query.title),
          h('span', {}, query.answers),
        ),
      ),
      this.saved.length === 0 ? h('p', { class: 'hint' }, 'No saved queries in cypher/queries/.') : null,
    );
  }

  /** Loads a saved query into the editor with its example (or default) parameter values. */
  choose(query: SavedQuery): void {
    this.current = query;
    this.values = {};
    for (const param of query.params) {
      const value = query.example[param.name] ?? param.default;
      if (value !== undefined) this.values[param.name] = value;
    }
    this.setText(query.cypher);
    this.renderSaved();
  }

  /** Puts a query (from a shared link) into the editor, without running it; `note` goes in the status. */
  setQuery(query: string, params: Record<string, unknown> = {}, note = ''): void {
    this.current = this.saved.find((saved) => saved.cypher === query) ?? null;
    this.values = { ...params };
    this.setText(query);
    this.status.className = 'status';
    this.status.textContent = note;
  }

  private setText(text: string): void {
    this.editor.dispatch({ changes: { from: 0, to: this.editor.state.doc.length, insert: text } });
    this.renderParams();
  }

  private renderParams(): void {
    const names = parameterNames(this.editor.state.doc.toString());
    const declared = new Map((this.current?.params ?? []).map((param) => [param.name, param]));
    replaceChildren(
      this.paramsForm,
      names.map((name) => {
        const param = declared.get(name);
        const value = this.values[name];
        return h(
          'label',
          { title: param?.description ?? '' },
          h('code', {}, `$${name}`),
          h('input', {
            name,
            value: typeof value === 'string' ? value : JSON.stringify(value),
            placeholder: param?.type ?? 'value',
            oninput: (event) => {
              this.values[name] = parseParamValue((event.target as HTMLInputElement).value, param?.type);
            },
            onkeydown: (event) => {
              if ((event as KeyboardEvent).key === 'Enter') void this.run();
            },
          }),
        );
      }),
    );
  }

  async run(): Promise<void> {
    const query = this.editor.state.doc.toString();
    const names = parameterNames(query);
    const params = Object.fromEntries(
      names.filter((name) => name in this.values).map((name) => [name, this.values[name]]),
    );
    this.runButton.disabled = true;
    this.status.className = 'status';
    this.status.textContent = 'Running…';
    try {
      const result = await api.cypher(query, params);
      this.showResult(result, this.events.onResult(result, query, params));
    } catch (error) {
      this.status.className = 'status error';
      this.status.textContent = 'Refused or failed';
      replaceChildren(
        this.output,
        h('div', { class: 'error-box', id: 'cypher-error' }, (error as Error).message),
      );
    } finally {
      this.runButton.disabled = false;
    }
  }

  private showResult(result: CypherResult, note: string): void {
    const rows = result.rows.length;
    this.status.textContent = [
      `${rows.toLocaleString('en')} row${rows === 1 ? '' : 's'}${result.capped ? ' (capped)' : ''}`,
      `${result.elapsedMs} ms`,
    ].join(' · ');
    replaceChildren(
      this.output,
      h('p', { class: 'hint result-note', id: 'cypher-note' }, note),
      result.capped
        ? h(
            'p',
            { class: 'notice' },
            result.cappedBy === 'bytes'
              ? `The result passed ${(result.byteCap / 1e6).toFixed(0)} MB; only the first ${rows} rows are shown. Return fewer or smaller values.`
              : `The query returned more than ${result.rowCap} rows; only the first ${result.rowCap} are shown. Add a LIMIT.`,
          )
        : null,
      rows === 0
        ? h('p', { class: 'hint' }, 'No rows.')
        : h(
            'table',
            { class: 'result-table' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                result.columns.map((column) => h('th', {}, column)),
              ),
            ),
            h(
              'tbody',
              {},
              result.rows.map((row) => h('tr', {}, row.map(cell))),
            ),
          ),
    );
  }

  focus(): void {
    this.editor.focus();
  }
}
