global using Bluehelm.Testing;
global using Microsoft.Playwright;
global using Shouldly;
global using Xunit;
