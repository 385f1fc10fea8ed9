using Microsoft.Extensions.Options;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// Issues a CAP message of a warning: a new identifier, <c>sent</c> now in whole seconds (after the previous
/// message's), and for an Update or Cancel the <c>references</c> of EVERY earlier message (CAP 1.2 §3.2.1).
/// </summary>
internal sealed class WarningIssuer(IOptions<WarningsOptions> options, TimeProvider time)
{
    public WarningMessage Issue(Warning warning, CapMsgType type, WarningActor actor, string? note = null)
    {
        var earlier = warning.Messages.OrderBy(m => m.Sequence).ToList();
        var sent = CapTime.Truncate(time.GetUtcNow());
        if (earlier.Count > 0 && sent <= earlier[^1].Sent)
        {
            sent = earlier[^1].Sent.AddSeconds(1);
        }

        var sender = options.Value.Sender;
        var identifier = "bluehelm:" + options.Value.Host + ":" + Guid.CreateVersion7().ToString();
        var header = new CapWriter.Header(identifier, sender, sent, type, [.. earlier.Select(m => m.Reference)], note, null);
        var message = new WarningMessage
        {
            WarningId = warning.Id,
            Sequence = earlier.Count + 1,
            MsgType = type,
            Identifier = identifier,
            Sender = sender,
            Sent = sent,
            IssuedById = actor.UserId,
            IssuedBy = actor.Name,
            Xml = CapWriter.Write(warning, header),
        };
        warning.Messages.Add(message);
        return message;
    }
}
