// Conversations, each with its own MegaContext Tree: list, open, create, rename, delete, export
// (the whole memory as a .megacontext file, or the transcript as Markdown or OpenAI messages JSON)
// and import (a .megacontext file, OpenAI messages JSON or ChatGPT's conversations.json). All of it
// lives in IndexedDB via the engine.
import { useRef, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { selectBusy, selectModelReady } from '../../store/selectors';
import {
  createConversation,
  deleteConversation,
  exportConversation,
  importConversation,
  openConversation,
} from '../../store/actions/conversation-actions';
import { Panel } from '../common/Panel';
import { ConversationItem } from './ConversationItem';

export function ConversationList() {
  const conversations = useAppStore((s) => s.conversations);
  const activeId = useAppStore((s) => s.activeId);
  const ready = useAppStore(selectModelReady);
  const busy = useAppStore(selectBusy);
  const fileInput = useRef<HTMLInputElement>(null);
  const [importing, setImporting] = useState(false);

  const onImport = async (files: FileList | null) => {
    const f = files?.[0];
    if (!f) return;
    setImporting(true);
    await importConversation(f);
    setImporting(false);
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <Panel
      title="Conversations"
      testId="conversations"
      actions={
        <>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!ready || busy}
            onClick={() => void createConversation(`Conversation ${conversations.length + 1}`)}
            aria-label="New conversation"
          >
            + New
          </button>
          <button
            type="button"
            className="btn"
            disabled={!ready || busy || importing}
            onClick={() => fileInput.current?.click()}
            aria-label="Import a conversation file"
            title="A .megacontext file, OpenAI messages JSON or ChatGPT's conversations.json"
          >
            Import
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".megacontext,.json,application/json,application/octet-stream"
            hidden
            aria-label="Conversation file to import"
            data-testid="import-input"
            onChange={(e) => void onImport(e.currentTarget.files)}
          />
        </>
      }
    >
      {!ready ? <p className="muted small">Load a model to open conversations.</p> : null}
      {ready && conversations.length === 0 ? (
        <p className="muted small">No conversation yet: type a message or feed a document to start one.</p>
      ) : null}
      <ul className="conv-list" aria-label="Conversation list">
        {conversations.map((c) => (
          <ConversationItem
            key={c.id}
            conversation={c}
            active={c.id === activeId}
            disabled={busy || !ready}
            onOpen={() => void openConversation(c.id)}
            onExport={(format) => void exportConversation(c.id, format)}
            onDelete={() => void deleteConversation(c.id)}
          />
        ))}
      </ul>
    </Panel>
  );
}
