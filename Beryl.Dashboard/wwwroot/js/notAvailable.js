// Escape hides the reason shown under the focused "N/A" (Components/Metrics/NotAvailable.razor): content that appears
// on focus can be dismissed without moving the focus. It shows again the next time the N/A gets the focus.
document.addEventListener('keydown', event => {
    const focused = document.activeElement;
    if (event.key === 'Escape' && focused && focused.classList.contains('trend-na'))
        focused.classList.add('na-dismissed');
});
document.addEventListener('focusout', event => {
    if (event.target instanceof Element)
        event.target.classList.remove('na-dismissed');
});
