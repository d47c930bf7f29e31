// zustand slice: page-level notices (worker crash and restart, storage quota, persistence answer).
import type { StateCreator } from 'zustand';

export interface Notice {
  id: number;
  tone: 'info' | 'warn' | 'error';
  text: string;
}

export interface NoticeSlice {
  notices: Notice[];
}

export const createNoticeSlice: StateCreator<NoticeSlice, [], [], NoticeSlice> = () => ({ notices: [] });
