using Osmo.Analytics.Model;
using Osmo.Analytics.Validation;

namespace Osmo.Analytics.Core.Tests.Validation;

[TestClass]
public sealed class RowResultTests
{
    [TestMethod]
    public void Constructor_Value_IsAcceptedWithoutIssue()
    {
        var value = new Attendance("G1", new DateOnly(2025, 1, 1), "A1");

        var sut = new RowResult<Attendance>(value);

        sut.IsAccepted.Should().BeTrue();
        sut.Value.Should().BeSameAs(value);
        sut.Issue.Should().BeNull();
    }

    [TestMethod]
    public void Constructor_Issue_IsQuarantinedWithoutValue()
    {
        var issue = new RowIssue("a.csv", 2, null, QuarantineReason.DuplicateRow, "d", "x");

        var sut = new RowResult<Attendance>(issue);

        sut.IsAccepted.Should().BeFalse();
        sut.Value.Should().BeNull();
        sut.Issue.Should().BeSameAs(issue);
    }
}
