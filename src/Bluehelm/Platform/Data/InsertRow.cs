namespace Bluehelm.Platform.Data;

/// <summary>One row for <see cref="InsertOnlySave"/>: its table plan and the (untracked) entity holding its values.</summary>
internal readonly record struct InsertRow(InsertTablePlan Plan, object Entity);
