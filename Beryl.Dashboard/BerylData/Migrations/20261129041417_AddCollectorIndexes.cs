using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beryl.Dashboard.BerylData.Migrations
{
    /// <inheritdoc />
    public partial class AddCollectorIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Links_ItemId",
                table: "Links");

            migrationBuilder.DropIndex(
                name: "IX_Links_LinkPatternId",
                table: "Links");

            migrationBuilder.DropIndex(
                name: "IX_CollectionItemImages_ItemId",
                table: "CollectionItemImages");

            migrationBuilder.DropIndex(
                name: "IX_CollectionItemImages_MediaFileId",
                table: "CollectionItemImages");

            migrationBuilder.DropIndex(
                name: "IX_CollectionImages_MediaFileId",
                table: "CollectionImages");

            migrationBuilder.DropIndex(
                name: "IX_AttributeValues_ItemId",
                table: "AttributeValues");

            migrationBuilder.CreateIndex(
                name: "IX_Users_DateJoined",
                table: "Users",
                column: "DateJoined");

            migrationBuilder.CreateIndex(
                name: "IX_MediaFiles_ContentModerationStatus_Created_DeletedAt",
                table: "MediaFiles",
                columns: new[] { "ContentModerationStatus", "Created", "DeletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Links_ItemId_Created_DeletedAt",
                table: "Links",
                columns: new[] { "ItemId", "Created", "DeletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Links_LinkPatternId_Created_DeletedAt",
                table: "Links",
                columns: new[] { "LinkPatternId", "Created", "DeletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmailMessages_Status_Created",
                table: "EmailMessages",
                columns: new[] { "Status", "Created" });

            migrationBuilder.CreateIndex(
                name: "IX_CollectionItems_Status_ItemTypeId_Created_DeletedAt_IsFavorite",
                table: "CollectionItems",
                columns: new[] { "Status", "ItemTypeId", "Created", "DeletedAt", "IsFavorite" });

            migrationBuilder.CreateIndex(
                name: "IX_CollectionItemImages_ItemId_Created_DeletedAt",
                table: "CollectionItemImages",
                columns: new[] { "ItemId", "Created", "DeletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CollectionItemImages_MediaFileId_Created_DeletedAt",
                table: "CollectionItemImages",
                columns: new[] { "MediaFileId", "Created", "DeletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CollectionImages_MediaFileId_Created_DeletedAt",
                table: "CollectionImages",
                columns: new[] { "MediaFileId", "Created", "DeletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AttributeValues_ItemId_ItemAttributeId_Created_DeletedAt",
                table: "AttributeValues",
                columns: new[] { "ItemId", "ItemAttributeId", "Created", "DeletedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Users_DateJoined",
                table: "Users");

            migrationBuilder.DropIndex(
                name: "IX_MediaFiles_ContentModerationStatus_Created_DeletedAt",
                table: "MediaFiles");

            migrationBuilder.DropIndex(
                name: "IX_Links_ItemId_Created_DeletedAt",
                table: "Links");

            migrationBuilder.DropIndex(
                name: "IX_Links_LinkPatternId_Created_DeletedAt",
                table: "Links");

            migrationBuilder.DropIndex(
                name: "IX_EmailMessages_Status_Created",
                table: "EmailMessages");

            migrationBuilder.DropIndex(
                name: "IX_CollectionItems_Status_ItemTypeId_Created_DeletedAt_IsFavorite",
                table: "CollectionItems");

            migrationBuilder.DropIndex(
                name: "IX_CollectionItemImages_ItemId_Created_DeletedAt",
                table: "CollectionItemImages");

            migrationBuilder.DropIndex(
                name: "IX_CollectionItemImages_MediaFileId_Created_DeletedAt",
                table: "CollectionItemImages");

            migrationBuilder.DropIndex(
                name: "IX_CollectionImages_MediaFileId_Created_DeletedAt",
                table: "CollectionImages");

            migrationBuilder.DropIndex(
                name: "IX_AttributeValues_ItemId_ItemAttributeId_Created_DeletedAt",
                table: "AttributeValues");

            migrationBuilder.CreateIndex(
                name: "IX_Links_ItemId",
                table: "Links",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Links_LinkPatternId",
                table: "Links",
                column: "LinkPatternId");

            migrationBuilder.CreateIndex(
                name: "IX_CollectionItemImages_ItemId",
                table: "CollectionItemImages",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_CollectionItemImages_MediaFileId",
                table: "CollectionItemImages",
                column: "MediaFileId");

            migrationBuilder.CreateIndex(
                name: "IX_CollectionImages_MediaFileId",
                table: "CollectionImages",
                column: "MediaFileId");

            migrationBuilder.CreateIndex(
                name: "IX_AttributeValues_ItemId",
                table: "AttributeValues",
                column: "ItemId");
        }
    }
}
