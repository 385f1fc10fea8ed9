using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Tests.Platform.Data;

/// <summary>The hand-written INSERTs must refuse every mapping where one row of a table is not one entity.</summary>
public sealed class InsertOnlySavePlanTests
{
    [Fact]
    public void RowsFor_TwoEntityTypesSharingOneTable_RefusesBoth()
    {
        using var db = new MappingsContext();
        var order = new Order { Id = Guid.CreateVersion7(), Number = "A-1" };

        InsertOnlySave.RowsFor(db, [order]).ShouldBeNull();
        InsertOnlySave.RowsFor(db, [new OrderDetail { Id = order.Id, Note = "n" }]).ShouldBeNull();
    }

    [Fact]
    public void RowsFor_OwnedType_Refuses()
    {
        using var db = new MappingsContext();

        InsertOnlySave.RowsFor(db, [new Customer { Id = Guid.CreateVersion7(), Address = new Address { City = "Bangui" } }]).ShouldBeNull();
    }

    [Fact]
    public void RowsFor_TablePerHierarchy_RefusesBaseAndDerived()
    {
        using var db = new MappingsContext();

        InsertOnlySave.RowsFor(db, [new Animal { Id = Guid.CreateVersion7() }]).ShouldBeNull();
        InsertOnlySave.RowsFor(db, [new Dog { Id = Guid.CreateVersion7() }]).ShouldBeNull();
    }

    [Fact]
    public void RowsFor_PlainTable_Plans()
    {
        using var db = new MappingsContext();

        InsertOnlySave.RowsFor(db, [new Plain { Id = Guid.CreateVersion7() }]).ShouldNotBeNull().Count.ShouldBe(1);
    }

    public sealed class Order
    {
        public Guid Id { get; set; }

        public string Number { get; set; } = "";

        public OrderDetail? Detail { get; set; }
    }

    public sealed class OrderDetail
    {
        public Guid Id { get; set; }

        public string Note { get; set; } = "";
    }

    public sealed class Customer
    {
        public Guid Id { get; set; }

        public Address Address { get; set; } = new();
    }

    public sealed class Address
    {
        public string City { get; set; } = "";
    }

    public class Animal
    {
        public Guid Id { get; set; }
    }

    public sealed class Dog : Animal
    {
        public string? Name { get; set; }
    }

    public sealed class Plain
    {
        public Guid Id { get; set; }
    }

    /// <summary>A model of its own (Bluehelm's has none of these mappings), never connected to.</summary>
    private sealed class MappingsContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite("Data Source=:memory:");

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Order>(b =>
            {
                b.ToTable("orders");
                b.Property(o => o.Id).ValueGeneratedNever();
                b.HasOne(o => o.Detail).WithOne().HasForeignKey<OrderDetail>(d => d.Id);
            });
            modelBuilder.Entity<OrderDetail>(b =>
            {
                b.ToTable("orders");
                b.Property(d => d.Id).ValueGeneratedNever();
            });
            modelBuilder.Entity<Customer>(b =>
            {
                b.Property(c => c.Id).ValueGeneratedNever();
                b.OwnsOne(c => c.Address);
            });
            modelBuilder.Entity<Animal>(b => b.Property(a => a.Id).ValueGeneratedNever());
            modelBuilder.Entity<Dog>();
            modelBuilder.Entity<Plain>(b => b.Property(p => p.Id).ValueGeneratedNever());
        }
    }
}
