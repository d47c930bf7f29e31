// App shell: conversations and the model on the left, the focus heatmap (the Working Context over
// the whole MegaContext) across the top, the chat in the middle, and feeding memory, the documents
// in memory, shared memories (fed once, attached to several conversations), find in memory, the
// tree and telemetry on the right. On a phone the chat comes
// first. The header holds the theme switch and the keyboard shortcuts (help panel, "?").
import { useCallback, useEffect, useRef } from 'react';
import { bootstrap } from '../store/actions/bootstrap';
import { reopenAfterCrash } from '../store/actions/conversation-actions';
import { onEngineCrash } from '../store/engine-client';
import { useAppStore } from '../store/app-store';
import { StatusPanel } from './StatusPanel';
import { Notices } from './Notices';
import { ConversationList } from './conversations/ConversationList';
import { ModelPicker } from './model/ModelPicker';
import { ChatPanel } from './chat/ChatPanel';
import { FeedPanel } from './feed/FeedPanel';
import { DocumentsPanel } from './memory/DocumentsPanel';
import { SharedMemoriesPanel } from './memory/SharedMemoriesPanel';
import { FindPanel } from './memory/FindPanel';
import { FocusView } from './heatmap/FocusView';
import { TreeExplorer } from './tree/TreeExplorer';
import { TelemetryPanel } from './telemetry/TelemetryPanel';
import { HeaderStatus } from './HeaderStatus';
import { applyTheme } from './theme/theme';
import { ThemeToggle } from './theme/ThemeToggle';
import { ShortcutsHelp, type ShortcutsHelpHandle } from './shortcuts/ShortcutsHelp';
import { useShortcuts } from './shortcuts/useShortcuts';

applyTheme(); // before the first render: no flash of the other theme

export function App() {
  const help = useRef<ShortcutsHelpHandle>(null);
  const openHelp = useCallback(() => help.current?.open(), []);
  useShortcuts(openHelp);
  useEffect(() => {
    void bootstrap();
    // After a crash the proxy restarts the worker and reloads the model; re-open the memory.
    return onEngineCrash(() => {
      const id = useAppStore.getState().activeId;
      useAppStore.setState({ live: null, feedJob: null });
      if (id) void reopenAfterCrash(id);
    });
  }, []);

  return (
    <div className="app">
      <a className="skip-link" href="#chat-main">
        Skip to chat
      </a>
      <header className="app-header">
        <h1>
          Mega<span>Context</span>
        </h1>
        <p className="tagline">A frozen language model with unbounded, persistent memory — on your own machine.</p>
        <HeaderStatus />
        <div className="header-tools">
          <ThemeToggle />
          <button
            type="button"
            className="btn btn-xs"
            onClick={openHelp}
            aria-label="Keyboard shortcuts"
            aria-keyshortcuts="?"
          >
            <span aria-hidden="true">⌨</span> Shortcuts
          </button>
        </div>
      </header>
      <ShortcutsHelp ref={help} />
      <Notices />
      <main className="layout">
        <aside className="col-side" aria-label="Conversations and model">
          <ConversationList />
          <ModelPicker />
          <details className="system-details" open>
            <summary>System</summary>
            <StatusPanel />
          </details>
        </aside>
        <div className="col-focus">
          <FocusView />
        </div>
        <div className="col-chat" id="chat-main">
          <ChatPanel />
        </div>
        <aside className="col-memory" aria-label="Memory">
          <FeedPanel />
          <DocumentsPanel />
          <SharedMemoriesPanel />
          <FindPanel />
          <TreeExplorer />
          <TelemetryPanel />
        </aside>
      </main>
    </div>
  );
}
