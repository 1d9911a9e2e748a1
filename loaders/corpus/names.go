package corpus

// Surname pools for invented people. Names that collide with a word of the
// gazetteer (a real office holder's name, a given name, a place, an
// organisation) are dropped when the world is built, so an invented person
// is never mistaken for a real one or a place.

var hispanicSurnames = []string{
	"Aguilar", "Alvarado", "Anaya", "Arriaga", "Ávila", "Baeza", "Barrera", "Becerra", "Benítez", "Bermúdez",
	"Bravo", "Bustamante", "Cabrera", "Camacho", "Campos", "Cano", "Cárdenas", "Carrasco", "Castañeda", "Cervantes",
	"Cisneros", "Contreras", "Cordero", "Córdova", "Corona", "Cortés", "Cuéllar", "Cuevas", "Delgado", "Domínguez",
	"Echeverría", "Escobar", "Espinoza", "Esquivel", "Estrada", "Fajardo", "Fierro", "Figueroa", "Galindo", "Gallardo",
	"Gallegos", "Galván", "Garrido", "Garza", "Godoy", "Guerrero", "Herrera", "Hidalgo", "Ibarra", "Jaramillo",
	"Jiménez", "Lara", "Leal", "Linares", "Lozano", "Lucero", "Maldonado", "Manzano", "Marín", "Márquez",
	"Medrano", "Méndez", "Mercado", "Meza", "Miranda", "Molina", "Montalvo", "Montes", "Montoya", "Mora",
	"Muñoz", "Navarro", "Noriega", "Núñez", "Ochoa", "Olmedo", "Olvera", "Oropeza", "Orozco", "Padilla",
	"Palacios", "Paredes", "Parra", "Peralta", "Pineda", "Ponce", "Prieto", "Quintero", "Quiñónez", "Ramos",
	"Rangel", "Reyes", "Rincón", "Ríos", "Rivas", "Robles", "Rosales", "Saavedra", "Salas", "Salazar",
	"Santana", "Segura", "Sepúlveda", "Serrano", "Solano", "Soto", "Suárez", "Tapia", "Tovar", "Trejo",
	"Urrutia", "Valdez", "Valencia", "Valenzuela", "Vallejo", "Vargas", "Vega", "Velasco", "Vera", "Villalobos",
	"Villarreal", "Villegas", "Ybarra", "Zamora", "Zapata", "Zepeda", "Zúñiga", "Arce", "Beltrán", "Carrillo",
	"Duarte", "Lugo", "Ortega", "Solís", "Toledo", "Uribe", "Varela", "Acevedo", "Alcántara", "Aranda",
	"Arredondo", "Barragán", "Bautista", "Cárcamo", "Carranza", "Casillas", "Cedeño", "Chávez", "Coronado", "Dávila",
	"Elizondo", "Enríquez", "Escamilla", "Galeano", "Gamboa", "Guevara", "Iglesias", "Lemus", "Limón", "Loaiza",
	"Madrigal", "Matamoros", "Mejía", "Montenegro", "Moya", "Naranjo", "Ocampo", "Olivares", "Palma", "Pantoja",
	"Quezada", "Rendón", "Salcedo", "Sarmiento", "Sotelo", "Tejeda", "Urbina", "Valdivia", "Zambrano", "Zavala",
}

var englishSurnames = []string{
	"Anderson", "Baker", "Bennett", "Brooks", "Caldwell", "Collins", "Cooper", "Crawford", "Davies", "Dawson",
	"Donovan", "Ellis", "Fisher", "Fletcher", "Foster", "Gallagher", "Graham", "Hayes", "Holbrook", "Hollis",
	"Hughes", "Hunt", "Jenkins", "Kendrick", "Kessler", "Lambert", "Langley", "Lawson", "Marsh", "Merritt",
	"Murphy", "Nash", "Owens", "Palmer", "Parker", "Porter", "Prescott", "Price", "Pruitt", "Quinlan",
	"Redmond", "Reed", "Reynolds", "Russell", "Sherwood", "Simmons", "Stewart", "Stratton", "Sullivan", "Talbot",
	"Thornton", "Turner", "Underwood", "Walsh", "Ward", "Watson", "Webb", "Wheeler", "Whitaker", "Whitfield",
	"Winslow", "Yates", "Brennan", "Callahan", "Dorsey", "Fairbanks", "Garrison", "Hadley", "Kirkland", "Lockhart",
	"McCallister", "Norwood", "Pemberton", "Radcliffe", "Sampson", "Thackeray", "Whitmore", "Ashby", "Blackwell", "Cartwright",
}

var portugueseSurnames = []string{
	"Almeida", "Andrade", "Araújo", "Barbosa", "Barros", "Batista", "Borges", "Carvalho", "Cavalcanti", "Correia",
	"Cunha", "Dias", "Farias", "Ferreira", "Freitas", "Gomes", "Lima", "Lopes", "Machado", "Magalhães",
	"Medeiros", "Monteiro", "Moreira", "Nascimento", "Nogueira", "Oliveira", "Pereira", "Pinto", "Queiroz", "Rocha",
	"Siqueira", "Teixeira", "Vasconcelos", "Vieira", "Bezerra", "Brandão", "Fonseca", "Guimarães", "Leite", "Pacheco",
}

var frenchSurnames = []string{
	"Augustin", "Baptiste", "Bastien", "Bellegarde", "Benoît", "Célestin", "Delva", "Désir", "Dorsainvil", "Dorval",
	"Estimé", "Étienne", "Gédéon", "Jeudy", "Lafleur", "Laguerre", "Lamour", "Louissaint", "Métellus", "Noël",
	"Saint-Fleur", "Sylvain", "Thélusma", "Valcourt", "Vilsaint", "Desrosiers", "Fleurant", "Jolicoeur", "Mondésir", "Toussaint",
}
