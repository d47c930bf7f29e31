// The app's zustand store: typed slices (model, conversations, chat, feed, notices), combined.
// It holds snapshots and plain data from the engine worker only; actions live in ./actions.
import { create } from 'zustand';
import { createModelSlice, type ModelSlice } from './slices/model-slice';
import { createConversationSlice, type ConversationSlice } from './slices/conversation-slice';
import { createChatSlice, type ChatSlice } from './slices/chat-slice';
import { createFeedSlice, type FeedSlice } from './slices/feed-slice';
import { createNoticeSlice, type NoticeSlice } from './slices/notice-slice';

export type AppState = ModelSlice & ConversationSlice & ChatSlice & FeedSlice & NoticeSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createModelSlice(...a),
  ...createConversationSlice(...a),
  ...createChatSlice(...a),
  ...createFeedSlice(...a),
  ...createNoticeSlice(...a),
}));

let nextNotice = 1;

export function pushNotice(tone: 'info' | 'warn' | 'error', text: string): void {
  useAppStore.setState((s) => ({
    notices: [...s.notices.filter((n) => n.text !== text), { id: nextNotice++, tone, text }],
  }));
}

export function dismissNotice(id: number): void {
  useAppStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}
