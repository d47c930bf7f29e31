// A tiny vocabulary in the shape of byte-level BPE for the answer-copy tests: id 0 is the end token,
// encoding is greedy longest match over the listed texts (the U+FFFD byte piece is never produced).
export function greedyVocab(texts: readonly string[]) {
  const encode = (text: string): number[] => {
    const ids: number[] = [];
    for (let at = 0; at < text.length;) {
      let best = -1;
      texts.forEach((t, id) => {
        if (id > 0 && t !== '\uFFFD' && text.startsWith(t, at) && (best < 0 || t.length > texts[best]!.length))
          best = id;
      });
      if (best < 0) throw new Error(`cannot encode ${JSON.stringify(text.slice(at))}`);
      ids.push(best);
      at += texts[best]!.length;
    }
    return ids;
  };
  const decode = (ids: readonly number[]) => ids.map((id) => texts[id]!).join('');
  return { encode, decode };
}
