using Microsoft.AspNetCore.Components.Forms;

namespace Bluehelm.Platform.Layout;

/// <summary>
/// A form's errors, each tied to the id of the field it is about, so the page can show it three
/// ways from one list: in <see cref="ErrorSummary"/> at the top (a link to the field), in
/// <see cref="FieldError"/> next to the field, and on the field itself for screen readers
/// (<c>aria-invalid</c>, <c>aria-describedby</c> through <see cref="Aria"/>). All of it is plain
/// server-rendered HTML: it works after a POST without scripts. The framework's inputs
/// (<c>InputText</c>, <c>InputSelect</c>...) decide <c>aria-invalid</c> from their
/// <see cref="EditContext"/> and drop one they are given, so a form built with them is
/// <see cref="Attach"/>ed to its context.
/// </summary>
public sealed class FormErrors
{
    private static readonly IReadOnlyDictionary<string, object> Valid = new Dictionary<string, object>(StringComparer.Ordinal);

    private readonly List<(string Field, string Message)> _all = [];
    private EditContext? _edit;
    private ValidationMessageStore? _store;
    private IReadOnlyDictionary<string, string> _propertyOf = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Also records each error in <paramref name="edit"/> under the model property that
    /// <paramref name="propertyOf"/> gives for its field id, so the framework's inputs mark themselves invalid.
    /// </summary>
    public void Attach(EditContext edit, IReadOnlyDictionary<string, string> propertyOf)
    {
        _store?.Clear();
        _edit = edit;
        _store = new ValidationMessageStore(edit);
        _propertyOf = propertyOf;
        foreach (var (field, message) in _all)
        {
            Record(field, message);
        }
    }

    /// <summary>Every error in the order added (the order of the form, when added field by field).</summary>
    public IReadOnlyList<(string Field, string Message)> All => _all;

    /// <summary>The number of errors.</summary>
    public int Count => _all.Count;

    /// <summary>Adds <paramref name="message"/> for the field whose element id is <paramref name="field"/>; the same message twice for a field is kept once.</summary>
    public void Add(string field, string message)
    {
        if (!_all.Contains((field, message)))
        {
            _all.Add((field, message));
            Record(field, message);
        }
    }

    /// <summary>Whether the field has an error.</summary>
    public bool Has(string field) => _all.Exists(e => e.Field == field);

    /// <summary>The field's messages.</summary>
    public IEnumerable<string> For(string field) => _all.Where(e => e.Field == field).Select(e => e.Message);

    /// <summary>The id of the element that holds the field's messages (what <c>aria-describedby</c> points at).</summary>
    public static string MessageId(string field) => field + "-error";

    /// <summary>
    /// The attributes an invalid field carries (splat them on the input with
    /// <c>@attributes="Errors.Aria(id)"</c>): none when the field is valid.
    /// </summary>
    public IReadOnlyDictionary<string, object> Aria(string field) => Has(field)
        ? new Dictionary<string, object>(StringComparer.Ordinal) { ["aria-invalid"] = "true", ["aria-describedby"] = MessageId(field) }
        : Valid;

    /// <summary>Forgets every error (before checking a submitted form again).</summary>
    public void Clear()
    {
        _all.Clear();
        _store?.Clear();
    }

    private void Record(string field, string message)
    {
        if (_store is not null && _propertyOf.TryGetValue(field, out var property))
        {
            _store.Add(_edit!.Field(property), message);
        }
    }
}
