// A link put in the address while the page was open (pasted, or set by a page that opened this
// one): it opens only when the learner asks.
export function ArrivedLinkNotice({
  onOpen,
  onIgnore,
}: {
  onOpen: () => void;
  onIgnore: () => void;
}) {
  return (
    <div className="banner-row">
      <span>
        A link to a shared scenario was put in the address bar. Open it as a workspace of its own?
        Nothing in it runs until you choose.
      </span>
      <button type="button" onClick={onOpen}>
        Open link
      </button>
      <button type="button" onClick={onIgnore}>
        Ignore
      </button>
    </div>
  );
}
