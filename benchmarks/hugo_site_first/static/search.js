new PagefindUI({ element: "#search" });
