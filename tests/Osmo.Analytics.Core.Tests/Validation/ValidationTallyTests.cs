using Osmo.Analytics.Model;
using Osmo.Analytics.Validation;

namespace Osmo.Analytics.Core.Tests.Validation;

[TestClass]
public sealed class ValidationTallyTests
{
    [TestMethod]
    public void EnsureBalanced_RowReadButNoOutcome_Throws()
    {
        var sut = new ValidationTally("cases.csv");
        sut.RecordRead();
        sut.RecordRead();
        sut.RecordAccepted();

        sut.IsBalanced.Should().BeFalse();
        sut.Invoking(t => t.EnsureBalanced()).Should().Throw<InvalidOperationException>().WithMessage("*cases.csv*");
    }

    [TestMethod]
    public void QuarantinedByReason_ListsEveryReasonInOrder()
    {
        var sut = new ValidationTally("meters.csv");
        sut.RecordRead();
        sut.RecordQuarantined(QuarantineReason.UnknownCode);

        sut.QuarantinedByReason.Select(p => p.Key).Should().Equal(QuarantineReasons.All);
        sut.QuarantinedByReason.Single(p => p.Value > 0).Should().Be(KeyValuePair.Create(QuarantineReason.UnknownCode, 1L));
        sut.IsBalanced.Should().BeTrue();
    }
}
