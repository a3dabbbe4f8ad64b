namespace HarmTaxonomy.Web.Infrastructure.Startup;

/// <summary>A setting makes startup impossible; the message names the setting and how to fix it.</summary>
public sealed class ConfigurationProblemException(string message) : Exception(message);
