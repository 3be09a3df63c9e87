namespace Minwon.Web.Localization;

/// <summary>
/// Marker for the shared string table. Korean text is the key; translations live in Resources/SharedResource.{culture}.resx.
/// </summary>
public sealed class SharedResource;
