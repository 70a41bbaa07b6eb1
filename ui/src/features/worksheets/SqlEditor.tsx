import { useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { Box } from '@mui/material';
import CodeMirror, { type ReactCodeMirrorRef } from '@uiw/react-codemirror';
import { closeCompletion } from '@codemirror/autocomplete';
import { PostgreSQL, sql, type SQLNamespace } from '@codemirror/lang-sql';
import { Prec } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import type { SchemaTree } from './api';

export interface SqlEditorHandle {
  /** Puts text at the cursor (over the selection) and focuses the editor. */
  insert: (text: string) => void;
  /** The selected SQL, or all of it when nothing is selected; closes the completion list, as the SQL runs now. */
  sqlToRun: () => string;
}

/** What autocompletion offers after "schema." and "schema.table.": the tables and columns the team may query. */
function namespaceOf(tree: SchemaTree | undefined): SQLNamespace {
  const namespace: Record<string, SQLNamespace> = {};
  for (const schema of tree?.environments.flatMap((environment) => environment.schemas) ?? []) {
    namespace[schema.name] = Object.fromEntries(schema.tables.map((table) => [table.name,
      table.columns.map((column) => ({ label: column.name, type: 'property', detail: column.type }))]));
  }
  return namespace;
}

/**
 * The SQL editor: highlighting and completion of keywords, tables and columns; Ctrl/Cmd+Enter runs, Ctrl/Cmd+S saves.
 * Its bottom-right corner resizes it. CodeMirror is loaded with the worksheet page only.
 */
export function SqlEditor({ value, onChange, schema, onRun, onSave, ref }: {
  value: string;
  onChange: (sql: string) => void;
  schema?: SchemaTree;
  onRun: () => void;
  onSave: () => void;
  ref?: Ref<SqlEditorHandle>;
}) {
  const editor = useRef<ReactCodeMirrorRef>(null);
  const actions = useRef({ onRun, onSave });
  actions.current = { onRun, onSave };

  useImperativeHandle(ref, () => ({
    insert: (text) => {
      const view = editor.current?.view;
      if (!view) return;
      view.dispatch(view.state.replaceSelection(text));
      view.focus();
    },
    sqlToRun: () => {
      const view = editor.current?.view;
      if (!view) return value;
      closeCompletion(view);
      const { state } = view;
      const selected = state.selection.ranges.map((range) => state.sliceDoc(range.from, range.to)).join('\n');
      return selected.trim() ? selected : state.doc.toString();
    },
  }), [value]);

  const extensions = useMemo(() => [
    EditorView.contentAttributes.of({ 'aria-label': 'SQL editor' }),
    EditorView.lineWrapping,
    sql({ dialect: PostgreSQL, schema: namespaceOf(schema), upperCaseKeywords: false }),
    Prec.highest(keymap.of([
      { key: 'Mod-Enter', run: () => (actions.current.onRun(), true) },
      { key: 'Mod-s', run: () => (actions.current.onSave(), true), preventDefault: true },
    ])),
  ], [schema]);

  return (
    // the corner handle drags the split between the editor and the results
    <Box sx={{ height: 220, minHeight: 80, resize: 'vertical', overflow: 'hidden' }}>
      <CodeMirror ref={editor} value={value} onChange={onChange} extensions={extensions} height="100%"
        style={{ height: '100%' }} basicSetup={{ foldGutter: false }} />
    </Box>
  );
}
