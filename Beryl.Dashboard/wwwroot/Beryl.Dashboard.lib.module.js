// Blazor loads this module by its name: the app's JavaScript initializer.

// The metrics table's rows are plain markup built once per report, without a handler per button: a click (or Enter
// or Space) on a row's button is told to the table as one "rowaction" event naming the button's action and its row.
export function afterWebStarted(blazor) {
    blazor.registerCustomEventType('rowaction', {
        browserEventName: 'click',
        createEventArgs: event => {
            const button = event.target instanceof Element ? event.target.closest('button[data-row-action]') : null;
            const row = button?.closest('tr');
            return {
                action: button?.dataset.rowAction ?? '',
                metric: row?.dataset.metric ?? '',
                label: row?.dataset.label ?? '',
            };
        },
    });
}
