using System.Reflection;
using Osmo.Analytics.Disclosure;

namespace Osmo.Analytics.Core.Tests.Disclosure;

/// <summary>The types are the guarantee that sinks only get suppressed values: nobody outside Core may build one
/// or change one (a public init setter would let <c>with</c> put a suppressed number back).</summary>
[TestClass]
public sealed class PublishedIndicatorTests
{
    [TestMethod]
    [DataRow(typeof(PublishedIndicator))]
    [DataRow(typeof(RestrictedIndicator))]
    public void Type_HasNoPublicConstructorOrSetter(Type type)
    {
        type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Should().BeEmpty();
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => p.Name)
            .Should().BeEmpty();
    }

    [TestMethod]
    public void PublishedIndicator_IsSealed()
    {
        typeof(PublishedIndicator).IsSealed.Should().BeTrue();
    }
}
