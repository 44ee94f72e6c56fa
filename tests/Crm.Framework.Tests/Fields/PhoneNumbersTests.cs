using Crm.Framework.Customers;
using Crm.Framework.Fields;
using Crm.Framework.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Framework.Tests.Fields;

public sealed class PhoneNumbersTests
{
    [Theory]
    [InlineData("020 7946 0018", "GB", "+442079460018")]
    [InlineData("07700 900123", "GB", "+447700900123")]
    [InlineData("0044 20 7946 0018", "GB", "+442079460018")]
    [InlineData("030 1234567", "DE", "+49301234567")]
    [InlineData("+1 (415) 555-0100", "DE", "+14155550100")]
    [InlineData("(415) 555-0100", "US", "+14155550100")]
    [InlineData("1 415 555 0100", "US", "+14155550100")]
    [InlineData("011 44 20 7946 0018", "US", "+442079460018")]
    [InlineData("8 495 123-45-67", "RU", "+74951234567")]
    [InlineData("06 1234 5678", "IT", "+390612345678")]
    [InlineData("0011 44 20 7946 0018", "AU", "+442079460018")]
    [InlineData("02 9374 4000", "AU", "+61293744000")]
    [InlineData("03-1234-5678", "JP", "+81312345678")]
    [InlineData("04 123 4567", "AE", "+97141234567")]
    [InlineData("0044 20 7946 0018", null, "+442079460018")]
    [InlineData("+372 5123 4567", null, "+37251234567")]
    [InlineData("01 234 5678", "ie", "+35312345678")]
    public void Numbers_are_written_in_E164(string written, string? region, string expected) =>
        Assert.Equal(expected, PhoneNumbers.Normalize(written, region));

    [Theory]
    [InlineData("call me")]
    [InlineData("+44 20 79a6")]
    [InlineData("+123 45")]
    [InlineData("+44 20 7946 0018 1234 5")]
    [InlineData("020+7946")]
    [InlineData("")]
    public void What_is_not_a_phone_number_is_refused(string written)
    {
        Assert.False(PhoneNumbers.TryNormalize(written, "GB", out _, out var problem));
        Assert.Equal("must be a phone number like +44 20 7946 0018", problem);
    }

    [Fact]
    public void Without_a_default_region_a_local_number_is_refused_with_what_to_do()
    {
        Assert.False(PhoneNumbers.TryNormalize("020 7946 0018", null, out _, out var problem));
        Assert.Equal("has no country code and no default region is set; write it with + and the country code, like +44 20 7946 0018", problem);
    }

    [Fact]
    public void An_unknown_default_region_is_named()
    {
        Assert.False(PhoneNumbers.TryNormalize("020 7946 0018", "XX", out _, out var problem));
        Assert.StartsWith("cannot be read: the default region 'XX' is not known; known regions: AE, AU, CA, DE", problem);
    }

    [Theory]
    [InlineData("+442079460018", "GB")]
    [InlineData("+49301234567", "DE")]
    [InlineData("+97141234567", "AE")]
    [InlineData("+35312345678", "IE")]
    [InlineData("+999123456789", null)]
    public void The_region_of_a_number_is_read_from_its_calling_code(string e164, string? region) =>
        Assert.Equal(region, PhoneNumbers.RegionOf(e164)?.Code);

    [Fact]
    public async Task Customers_store_phones_dialled_in_the_default_region_in_E164()
    {
        await using var crm = TestCrm.Create(services: s => s.AddSingleton(new CrmRegionalSettings { DefaultRegion = "DE" }));

        var ada = await crm.NewCustomer();

        var updated = await crm.Send(new UpdateCustomer { CustomerId = ada.Id, AddContacts = [new ContactPoint(ContactKind.Phone, "030 1234567")] });

        Assert.Equal("+49301234567", updated.Phone);
    }

    [Fact]
    public async Task Without_a_default_region_a_customer_phone_needs_a_country_code()
    {
        await using var crm = TestCrm.Create(services: s => s.AddSingleton(new CrmRegionalSettings { DefaultRegion = null }));

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Ada", Contacts = [new ContactPoint(ContactKind.Phone, "020 7946 0018")], Fields = TestCrm.Fields(("source", "web")) }));

        Assert.Contains("has no country code and no default region is set", error.Message);
    }
}
