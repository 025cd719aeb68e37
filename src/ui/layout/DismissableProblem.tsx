// A problem the learner must read (announced, as an alert) until they dismiss it: storage that
// failed, a link that could not be opened.
export function DismissableProblem({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  return (
    <div className="banner banner-error" role="alert">
      <span>{text}</span>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
