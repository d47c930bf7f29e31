// What the bundled demo model can and cannot do, said plainly where a newcomer meets it (the
// sample memory card and its suggested questions). The claims are the measured ones
// (docs/sample-memory.md, README "Demo model"): keep them in step with the model.
export function DemoLimits({ open = false }: { open?: boolean }) {
  return (
    <details className="demo-limits" open={open} data-testid="demo-limits">
      <summary>What the demo model can and cannot do</summary>
      <p>
        <strong>Can:</strong> copy a key or number that the text states plainly — from anywhere in a long memory — when
        you ask for it in the words it was stated in, and show on the heatmap where it looked. In testing it found each
        of this sample’s four numbers in 20 of 20 variants asked first, and 59 of 60 times asked after the others (often
        saying “The pass key is …” for all of them); facts worded in other ways it answers about one time in four.
      </p>
      <p>
        <strong>Cannot:</strong> answer general questions about the book (plot, people, meaning); facts or questions in
        other words, and words or names instead of numbers, are unreliable. It cannot tell by itself that a fact is not
        there: when you ask about a name that nothing in memory mentions, the app’s memory check answers “not in memory”
        instead (Settings); asked about something that is missing for a name that is there, it makes an answer up. It is
        a tiny 4.7-million-parameter demo that runs offline — load a hub model in the Model panel for real use.
      </p>
    </details>
  );
}
