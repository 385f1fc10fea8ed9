global using Shouldly;
global using Xunit;
global using Bluehelm.Testing;
