// Keys A, D and P vote on the card shown (agree, disagree, pass). Keys typed into a field or pressed inside a dialog,
// and shortcuts with Ctrl, Alt or Meta, are left alone.
export function listen(card) {
    const onKeyDown = (event) => {
        if (event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey) {
            return;
        }

        const target = event.target;
        if (target instanceof HTMLElement
            && (target.isContentEditable || target.closest("input, textarea, select, [role='dialog'], .mud-dialog"))) {
            return;
        }

        const key = (event.key || "").toLowerCase();
        if (key === "a" || key === "d" || key === "p") {
            event.preventDefault();
            card.invokeMethodAsync("VoteByKeyAsync", key);
        }
    };

    document.addEventListener("keydown", onKeyDown);
    return {
        dispose: () => document.removeEventListener("keydown", onKeyDown),
    };
}
